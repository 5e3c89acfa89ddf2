# CLI odds and ends: version/info, images, pulls without a registry, help texts, ps variants, logs.
# Checks: the exact `docker version`/`docker info` layout of 20.10.24; what a pull prints when the
# registry cannot be resolved; the help text of every `docker network` subcommand; ps --no-trunc/-q/-a.
docker version
docker info
docker images
docker pull busybox
docker pull nosuchimage
docker run nosuchimage
docker network --help
docker network create --help
docker network ls --help
docker network connect --help
docker network inspect --help
docker network rm --help
docker network prune --help
docker network disconnect --help
docker run --name hello busybox echo hello world
docker run --name failer busybox sh -c 'echo oops >&2; exit 3'
docker run -d --name sleeper busybox sleep 300
docker logs hello
docker logs failer
docker ps
docker ps --no-trunc
docker ps -q
docker ps -a
docker inspect -f '{{json .}}' bridge
docker network inspect -v bridge
