# Traffic between containers with busybox tools, on one user network and across two.
# Checks: busybox httpd started with `exec -d` serves a file to wget by name; nc connect checks (busybox
# nc has no -z: `nc -w 1 HOST PORT </dev/null`, exit 0 open / 1 refused) to an open and a closed port;
# traceroute on the same subnet (one hop); `ip route get`; the neighbour table after a ping (`ip neigh`,
# `arp -an`); ping -s/-t/-p (busybox ping has no -M); then from a container on another network: no name,
# ping and nc to c1's address time out, traceroute stops at the gateway.
docker network create tnet
docker network create tother
docker run -dit --name c1 --network tnet alpine ash
docker run -dit --name c2 --network tnet alpine ash
docker run -dit --name c3 --network tother alpine ash
docker exec c1 sh -c 'echo hello from c1 > /tmp/index.html'
docker exec -d c1 httpd -f -p 8000 -h /tmp
docker exec c2 sh -c 'sleep 1; wget -qO- http://c1:8000/'
docker exec c2 wget -qO- http://c1:8000/nosuch
docker exec c2 sh -c 'nc -w 1 c1 8000 </dev/null 2>&1; echo $?'
docker exec c2 sh -c 'nc -w 1 c1 8001 </dev/null 2>&1; echo $?'
docker exec c2 sh -c 'echo GET / HTTP/1.0; echo' | docker exec -i c2 sh -c 'nc -w 2 c1 8000 | head -1'
docker exec c2 sh -c 'traceroute -n -w 1 -q 1 c1 2>&1 | sed "s/  [0-9.]* ms//"'
docker exec c2 ip route get 172.18.0.2
docker exec c2 ip route get 192.0.2.1
docker exec c2 ip neigh
docker exec c2 sh -c 'ping -c 1 -W 1 c1 >/dev/null; ip neigh'
docker exec c2 arp -an
docker exec c2 arp -a
docker exec c1 ip neigh
docker exec c2 ping -c 1 -s 1400 c1
docker exec c2 ping -c 1 -s 1472 -t 1 c1
docker exec c2 ping -c 1 -p ff c1
docker exec c2 ping -c 1 -M do -s 1400 c1
docker exec c3 wget -qO- http://c1:8000/
docker exec c3 ping -c 1 -W 1 172.18.0.2
docker exec c3 sh -c 'nc -w 1 172.18.0.2 8000 </dev/null 2>&1; echo $?'
docker exec c3 sh -c 'traceroute -n -w 1 -q 1 -m 2 172.18.0.2 2>&1 | sed "s/  [0-9.]* ms//"'
docker exec c3 ip route get 172.18.0.2
docker network connect tnet c3
docker exec c3 sh -c 'nc -w 1 c1 8000 </dev/null 2>&1; echo $?'
docker exec c3 ip route get 172.18.0.2
