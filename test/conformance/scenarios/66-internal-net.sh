# Containers on an --internal network: reachable to each other, not to the outside.
# Checks: name resolution and ping inside the network; the gateway address is on the bridge (ping works);
# the container still gets a default route via the gateway, yet the LAN gateway 192.0.2.1 is unreachable
# (the host itself, 192.0.2.10, answers); external names time out; after connecting the
# container to the default bridge it reaches the LAN; inspect shows "Internal": true.
docker network create --internal int-net
docker run -dit --name i1 --network int-net alpine ash
docker run -dit --name i2 --network int-net alpine ash
docker exec i1 ping -c 1 -W 1 i2
docker exec i1 ip route
docker exec i1 ping -c 1 -W 1 172.18.0.1
docker exec i1 ping -c 1 -W 1 192.0.2.1
docker exec i1 ping -c 1 -W 1 192.0.2.10
docker exec i1 cat /etc/resolv.conf
docker exec i1 nslookup i2
docker exec i1 nslookup nosuchhost
docker network inspect int-net
ip addr show br-$(docker network inspect -f '{{printf "%.12s" .Id}}' int-net)
iptables -S DOCKER-ISOLATION-STAGE-1
docker network connect bridge i1
docker exec i1 ip route
docker exec i1 ping -c 1 -W 1 192.0.2.1
docker exec i2 ping -c 1 -W 1 192.0.2.1
