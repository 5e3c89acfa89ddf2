# Addresses across stop/start/restart and removal; errors of rm/stop/start.
# Checks: a stopped container's address is freed and handed to the next container; the restarted one gets
# the next free address; restart keeps the address; rm of a running container fails (exit 1), rm -f works;
# stop/start of a missing container; --rm containers are gone after exit.
docker network create ip-net
docker run -dit --name c1 --network ip-net alpine ash
docker run -dit --name c2 --network ip-net alpine ash
docker run -dit --name c3 --network ip-net alpine ash
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c1 c2 c3
docker stop -t 1 c2
docker inspect -f '{{.Name}} [{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}]' c2
docker run -dit --name c4 --network ip-net alpine ash
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c4
docker start c2
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c2
docker restart -t 1 c1
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c1
docker run -dit --name d1 alpine ash
docker run -dit --name d2 alpine ash
docker stop -t 1 d1
docker run -dit --name d3 alpine ash
docker start d1
docker inspect -f '{{.Name}} {{.NetworkSettings.IPAddress}}' d1 d2 d3
docker rm c3
docker rm -f c3
docker stop nosuch
docker start nosuch
docker rm nosuch
docker run --rm --name temp --network ip-net alpine ip -4 addr show eth0
docker run -d --rm --name temp2 alpine sleep 1
sleep 2
docker ps -a --format '{{.Names}}\t{{.Status}}'
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{println}}{{end}}' ip-net
