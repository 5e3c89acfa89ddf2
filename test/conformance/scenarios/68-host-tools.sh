# The recording host's own tools (iproute2, net-tools, bridge-utils, sysctl, curl) around Docker.
# Checks: host interface listing (lo, eth0, docker0 DOWN/NO-CARRIER before any container), ip -d details
# of a bridge, ifconfig format, bridge/brctl with two containers, ip_forward (Docker sets it to 1; writing
# 0 sticks), curl to a published port and to the address of a removed container, ping from the host.
ip addr
ip -br addr
ip -4 addr show eth0
ip route show
ip link show docker0
ip -d link show docker0
ifconfig
docker run -dit --name c1 alpine ash
docker run -d --name web -p 8080:80 nginx
ifconfig docker0
bridge link show
brctl show docker0
ip -br addr
ping -c 1 -W 1 172.17.0.2
curl -sI http://localhost:8080/
curl -s http://localhost:8080/
sysctl net.ipv4.ip_forward
sysctl net.ipv4.conf.all.forwarding
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.ip_forward
docker rm -f c1
curl -s -m 2 http://172.17.0.2/
ping -c 1 -W 1 172.17.0.2
curl -s -m 2 http://172.17.0.3/
