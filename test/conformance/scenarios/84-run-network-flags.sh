# docker run network flags and their errors.
# Checks: -p with --network host (warning, nothing published: docker port), -p with --network none,
# --network container:X with -p / --hostname / --dns / --mac-address / --ip (errors),
# --mac-address on the default bridge and on a user network (inspect MacAddress, ip link),
# --network-alias on the default bridge, --network given twice, a missing network, the --net=host
# spelling, --link with --network host.
docker run -d --name hp -p 8080:80 --network host nginx
docker port hp
docker ps --filter name=hp --format '{{.Names}} [{{.Ports}}]'
docker inspect -f '{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}' hp
docker run -d --name np -p 8081:80 --network none nginx
docker ps -a --filter name=np --format '{{.Names}} [{{.Ports}}]'
docker port np
docker run -dit --name base alpine sh
docker run -dit --name s1 --network container:base -p 8082:80 alpine sh
docker run -dit --name s2 --network container:base --hostname foo alpine sh
docker run -dit --name s3 --network container:base --dns 1.1.1.1 alpine sh
docker run -dit --name s4 --network container:base --mac-address 02:42:ac:11:00:98 alpine sh
docker run -dit --name s5 --network container:base --ip 172.17.0.50 alpine sh
docker run -dit --name s6 --network container:base --expose 80 alpine sh
docker run -dit --name s7 --network container:nosuch alpine sh
docker inspect -f '{{.HostConfig.NetworkMode}} {{json .NetworkSettings.Networks}} {{json .NetworkSettings.IPAddress}}' s5
docker start s7
docker ps -a --format '{{.Names}} {{.Status}}'
docker run -dit --name m1 --mac-address 02:42:ac:11:00:99 alpine sh
docker inspect -f '{{.NetworkSettings.MacAddress}} {{.NetworkSettings.IPAddress}} {{.Config.MacAddress}}' m1
docker exec m1 ip link show eth0
docker network create --subnet 10.70.0.0/24 un
docker run -dit --name m2 --network un --mac-address 02:42:ac:11:00:99 alpine sh
docker inspect -f '{{.NetworkSettings.Networks.un.MacAddress}} {{.NetworkSettings.Networks.un.IPAddress}}' m2
docker exec m2 ip link show eth0
docker run -dit --name m3 --mac-address 02:42:ac:11:00 alpine sh
docker run -dit --name al --network-alias web alpine sh
docker inspect -f '{{json .NetworkSettings.Networks.bridge.Aliases}} {{.NetworkSettings.Networks.bridge.IPAddress}}' al
docker run -dit --name al2 --network bridge --network-alias web alpine sh
docker run -dit --name tw --network un --network bridge alpine sh
docker run -dit --name tw2 --network un --network un alpine sh
docker run -dit --name ns --network nosuch alpine sh
docker ps -a --format '{{.Names}} {{.Status}}'
docker run -dit --name nh --net=host alpine sh
docker inspect -f '{{.HostConfig.NetworkMode}} {{json .NetworkSettings.Networks}}' nh
docker exec nh hostname
docker run -dit --name lk --network host --link base:b alpine sh
docker run -dit --name lk2 --network none --link base:b alpine sh
