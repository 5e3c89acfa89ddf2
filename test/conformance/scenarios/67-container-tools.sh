# Busybox network tools inside containers, on a user network (u1) and on the default bridge (b1).
# Checks: ifconfig/route/netstat/ip output formats and interface indexes; hostname -i and /etc/hostname;
# reaching docker0's address, the LAN gateway, an absent LAN address; wget to a web container and to a
# closed port; busybox nc has no -z; localhost; no DNS by name from the default bridge, and no route
# across the bridge isolation to another network's container (nc -w 2 times out).
docker network create tools-net
docker run -d --name web --network tools-net nginx
docker run -dit --name u1 --network tools-net alpine ash
docker run -dit --name b1 alpine ash
docker exec u1 ifconfig
docker exec u1 ifconfig eth0
docker exec u1 route
docker exec u1 route -n
docker exec u1 netstat -rn
docker exec u1 ip link
docker exec u1 ip -4 addr
docker exec u1 ip addr show dev eth0
docker exec u1 ip route show
docker exec u1 hostname -i
docker exec u1 cat /etc/hostname
docker exec u1 ping -c 2 172.17.0.1
docker exec u1 ping -c 1 -W 1 192.0.2.1
docker exec u1 ping -c 1 -W 1 192.0.2.99
docker exec u1 wget -qO- http://web:80/
docker exec u1 wget -qO- http://web:81/
docker exec u1 nc -zv 172.18.0.2 80
docker exec u1 nc -w 1 web 81
docker exec u1 nslookup localhost
docker exec u1 ping -c 1 localhost
docker exec b1 ifconfig
docker exec b1 route -n
docker exec b1 ip addr show dev eth0
docker exec b1 hostname -i
docker exec b1 ping -c 2 172.17.0.1
docker exec b1 wget -qO- http://web:80/
docker exec b1 nc -w 2 172.18.0.2 80
