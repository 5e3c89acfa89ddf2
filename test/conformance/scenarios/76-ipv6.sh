# An IPv6-enabled user network (ULA subnet only; IPv4 comes from the default pools) and a dual-stack one.
# Checks: inspect of the network (EnableIPv6, both IPAM configs; no IPv6 gateway listed), container
# GlobalIPv6Address/PrefixLen/IPv6Gateway and MAC, ip -6 addr/route inside (global address = subnet + next
# free host, link-local from the MAC), the host side (bridge gets <subnet>::1 and fe80::1), ping over IPv6
# by address and by name, nslookup AAAA answers, /etc/hosts, --ipv6 without an IPv6 subnet (no default
# IPv6 pool), the IPv6 column of `network ls`. Also: one-character container names are refused.
docker network create --ipv6 --subnet fd00:db8::/64 v6net
docker network inspect v6net
docker run -dit --name x --network v6net alpine ash
docker run -dit --name v1 --network v6net alpine ash
docker run -dit --name v2 --network v6net alpine ash
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{.GlobalIPv6Address}}/{{.GlobalIPv6PrefixLen}} gw {{.IPv6Gateway}} {{.MacAddress}}{{end}}' v1 v2
docker exec v1 ip -6 addr
docker exec v1 ip -6 route
docker exec v1 ping -c 1 fd00:db8::3
docker exec v1 ping6 -c 1 v2
docker exec v1 ping -6 -c 1 fd00:db8::1
docker exec v1 nslookup v2
docker exec v1 cat /etc/hosts
ip -6 addr show br-$(docker network inspect -f '{{printf "%.12s" .Id}}' v6net)
ip -6 route
docker network create --ipv6 --subnet 10.20.0.0/24 --subnet fd00:20::/64 --gateway fd00:20::1 dual
docker network inspect -f '{{json .IPAM.Config}}' dual
docker run --rm --network dual alpine ip addr show eth0
docker network create --ipv6 v6auto
docker network ls --format '{{.Name}} {{.IPv6}}'
