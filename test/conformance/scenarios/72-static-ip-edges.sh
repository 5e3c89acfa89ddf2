# Static addresses (--ip) on the default bridge and on a user network; aliases on the default bridge.
# Checks: --ip without --network is silently ignored (next free address, IPAMConfig null); with --network
# bridge the container is created but refused at start (exit 125) and stays Created; `network connect --ip`
# to bridge for a container on it and for one that is not; --ip on a user subnet (inspect, eth1, MAC
# 02:42+IPv4); an address outside the subnet, in use, malformed; --alias / --network-alias on the default
# bridge (refused with --network bridge, silently ignored without --network).
docker run -dit --name c6 --ip 172.17.0.50 busybox sh
docker inspect -f '{{.NetworkSettings.IPAddress}} {{json .NetworkSettings.Networks.bridge.IPAMConfig}}' c6
docker run -dit --name c7 --network bridge --ip 172.17.0.51 busybox sh
docker ps -a --format '{{.Names}} {{.Status}}'
docker network connect --ip 172.17.0.60 bridge c6
docker run -dit --name c8 busybox sh
docker network connect --ip 172.17.0.60 bridge c8
docker network disconnect bridge c8
docker network connect --ip 172.17.0.60 bridge c8
docker network create --subnet 10.9.0.0/24 fixed
docker network connect --ip 10.9.0.77 fixed c6
docker inspect -f '{{json .NetworkSettings.Networks.fixed}}' c6
docker start c7
docker network connect --ip 10.9.0.78 fixed c8
docker inspect -f '{{json .NetworkSettings.Networks.fixed}}' c8
docker exec c8 ip -4 addr show eth1
docker run -dit --name c9 busybox sh
docker network connect --ip 10.9.1.5 fixed c9
docker network connect --ip 10.9.0.78 fixed c9
docker run --rm --network fixed --ip 10.9.0.78 alpine true
docker run --rm --network fixed --ip 10.9.0.300 alpine true
docker run --rm --network fixed --ip 10.9.0.10 alpine ip -4 addr show eth0
docker network disconnect bridge c9
docker network connect --alias web bridge c9
docker run --name a1 --network-alias x alpine true
docker inspect -f '{{json .NetworkSettings.Networks.bridge.Aliases}}' a1
docker run --name a2 --network bridge --network-alias x alpine true
docker ps -a --format '{{.Names}} {{.Status}} {{.Networks}}'
