# Bridge driver options (-o com.docker.network.bridge.* / driver.mtu) and what they change.
# Checks: enable_icc=false blocks container-to-container traffic (ping by name fails, DROP rule between
# the bridge and itself in FORWARD); enable_ip_masquerade=false leaves out the MASQUERADE rule;
# host_binding_ipv4 sets the default host address of -p; invalid boolean / MTU values (error texts);
# .Options as stored.
docker network create -o com.docker.network.bridge.enable_icc=false noicc
docker run -dit --name a1 --network noicc alpine sh
docker run -dit --name a2 --network noicc alpine sh
docker exec a1 ping -c 1 -W 1 a2
iptables -S FORWARD
docker network create --subnet 10.50.0.0/24 -o com.docker.network.bridge.enable_ip_masquerade=false nomasq
iptables -t nat -S POSTROUTING
docker network create -o com.docker.network.bridge.host_binding_ipv4=127.0.0.1 local
docker run -d --name web --network local -p 8080:80 nginx
docker port web
iptables -t nat -S DOCKER
docker network create -o com.docker.network.bridge.enable_icc=maybe badicc
docker network create -o com.docker.network.driver.mtu=abc badmtu
docker network ls --format '{{.Name}}'
docker network inspect -f '{{json .Options}}' noicc
docker network inspect -f '{{json .Options}}' nomasq
docker network inspect -f '{{json .Options}}' local
docker network inspect -f '{{json .Options}}' bridge
