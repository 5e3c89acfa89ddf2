# Error texts and exit codes of everyday CLI mistakes, and `docker ps` filters/formats.
# Checks: names of predefined networks refused by create; rename clashes; logs/port/exec/inspect of a
# missing container; exec in a stopped container and of a missing command; attach to a stopped container;
# -it without a terminal; `docker run -i` with empty stdin; an ambiguous network ID prefix (17 networks, so
# two IDs share a first hex digit; the digit and the match count in the error are random); disconnect of a
# stopped container from a network it is on / not on; network rm of a network that only a stopped
# container uses (allowed) and starting that container afterwards; ps filters, -n, -l.
docker network create bridge
docker network create host
docker network create default
docker network create ''
docker run -dit --name c1 alpine sh
docker run -dit --name c2 alpine sh
docker rename c1 c2
docker rename nosuch x
docker logs nosuch
docker port nosuch
docker exec nosuch ls
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do docker network create n$i >/dev/null; done
docker run --name s1 --network n1 alpine true
docker exec s1 ls
docker exec c1 nosuchcmd
docker run --rm alpine nosuchcmd
docker attach s1
docker run -it alpine sh
docker exec -it c1 sh
docker run --rm -i alpine sh
docker network inspect $(docker network ls -q | cut -c1 | sort | uniq -d | head -1)
docker network disconnect n1 s1
docker network disconnect bridge s1
docker network connect n1 s1
docker network rm n1
docker start s1
docker inspect nosuch
docker inspect --type network nosuch
docker ps --filter foo=bar
docker ps -f status=exited
docker ps -a -f name=c1
docker ps --format '{{.Names}} {{.Networks}} {{.State}}'
docker ps -n 1
docker ps -l -q
