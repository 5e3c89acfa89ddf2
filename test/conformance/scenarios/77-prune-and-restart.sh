# network prune with networks used by a running container, by a stopped one, and unused; then a daemon
# restart (a real one, done by the runner).
# Checks: prune keeps only networks with a running container (the stopped container's network is deleted,
# and that container then fails to start: "network <full id> not found"); the pool cursor before the
# restart (freed pools skipped) and after it (lowest free pool again); container states after the restart
# (no restart policy -> Exited (137), --restart always -> Up); the default bridge gets a new ID; which
# addresses the restarted containers get (the --restart always one comes up first and takes .2).
docker network create used-run
docker network create used-stopped
docker network create unused
docker run -dit --name r1 --network used-run alpine ash
docker run -dit --name s1 --network used-stopped alpine ash
docker stop -t 1 s1
docker run -dit --name d1 alpine ash
docker run -dit --name d2 --restart always alpine ash
docker network prune -f
docker network ls
docker network create before1
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}}{{end}}' used-run used-stopped before1
systemctl restart docker
docker ps -a --format '{{.Names}} {{.Status}}'
docker network ls
docker network create after1
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}}{{end}}' after1
docker start s1
docker start r1 d1
docker inspect -f '{{.Name}} {{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}' s1 r1 d1 d2
docker run -dit --name d3 alpine ash
docker inspect -f '{{.Name}} {{.NetworkSettings.IPAddress}}' d3
