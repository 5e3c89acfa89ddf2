# The complete iptables state after a user network, an internal network and one published container.
# Checks: filter and nat tables in -S and -L forms, the isolation chains (stage 1/2, internal network
# DROP rules), DOCKER-USER, MASQUERADE per subnet. Packet counters in -v output depend on traffic.
docker network create my-net
docker network create --internal int-net
docker run -d --name web -p 8080:80 nginx
iptables -S
iptables -t nat -S
iptables -L -n
iptables -L -n -v
iptables -t nat -L -n
iptables -t nat -L -n -v
iptables -S FORWARD
iptables -L DOCKER-ISOLATION-STAGE-1 -n
iptables -L DOCKER-ISOLATION-STAGE-2 -n
iptables -L DOCKER-USER -n --line-numbers
iptables -L FORWARD -n --line-numbers
iptables -t nat -L POSTROUTING -n
