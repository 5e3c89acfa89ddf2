# docker network connect / disconnect edge cases and their error texts.
# Checks: connecting a container twice to the same network, disconnecting one that is not connected,
# connecting a --network host / --network none container to a user network, connecting to `host`,
# `connect --ip` on a network without --subnet and outside the subnet, `connect --alias` seen by nslookup
# from another container, `disconnect -f`, `network rm` of a network in use (alone and with another
# network that can be removed), connect to a missing network / missing container, and
# .NetworkSettings.Networks after the steps that change it.
docker network create n1
docker network create --subnet 10.60.0.0/24 n2
docker run -dit --name c1 --network n1 alpine sh
docker network connect n1 c1
docker network disconnect n2 c1
docker inspect -f '{{json .NetworkSettings.Networks}}' c1
docker run -dit --name h1 --network host alpine sh
docker network connect n1 h1
docker run -dit --name z1 --network none alpine sh
docker network connect n1 z1
docker network connect host c1
docker inspect -f '{{json .NetworkSettings.Networks}}' z1
docker network disconnect host h1
docker network disconnect none z1
docker network connect n1 z1
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{println}}{{end}}' z1
docker exec z1 ip -4 -o addr show
docker network connect --ip 172.18.0.50 n1 c1
docker network connect --ip 10.61.0.5 n2 c1
docker network connect --ip 10.60.0.5 --alias db --alias store n2 c1
docker inspect -f '{{json .NetworkSettings.Networks.n2}}' c1
docker run -dit --name c2 --network n2 alpine sh
docker exec c2 nslookup db
docker exec c2 nslookup store
docker exec c1 ip -4 addr show eth1
docker network disconnect -f n2 c1
docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.IPAddress}}{{println}}{{end}}' c1
docker exec c2 nslookup db
docker network disconnect -f n2 c1
docker network rm n1
docker network create n3
docker network rm n3 n1
docker network ls --format '{{.Name}}'
docker network connect nosuch c1
docker network connect n2 nosuch
docker network disconnect nosuch c1
docker network disconnect n2 nosuch
docker network connect
docker network connect n2
