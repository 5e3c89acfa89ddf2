# Legacy --link on the default bridge and on a user-defined network.
# Checks: the environment variables a link injects (<ALIAS>_PORT_6379_TCP...), the /etc/hosts lines
# ("<ip>\tdatabase <id> db"), ping by alias and by name; errors for a stopped or missing link target;
# on a user network a link is only a DNS alias (no env, no hosts line); HostConfig.Links format.
docker run -d --name db redis
docker run -dit --name web --link db:database alpine ash
docker exec web env | sort
docker exec web cat /etc/hosts
docker exec web ping -c 1 -W 1 database
docker exec web ping -c 1 -W 1 db
docker inspect -f '{{json .HostConfig.Links}}' web
docker run -dit --name web2 --link db alpine ash
docker exec web2 cat /etc/hosts
docker create --name stopped redis
docker run -dit --name web3 --link stopped:s alpine ash
docker run -dit --name web4 --link nosuch:n alpine ash
docker ps -a --format '{{.Names}}\t{{.Status}}'
docker network create app-net
docker run -d --name db2 --network app-net redis
docker run -dit --name web5 --network app-net --link db2:cache alpine ash
docker exec web5 ping -c 1 -W 1 cache
docker exec web5 cat /etc/hosts
docker exec web5 env | sort
docker inspect -f '{{json .HostConfig.Links}}' web5
docker inspect -f '{{json (index .NetworkSettings.Networks "app-net").Links}}' web5
docker run --rm --network app-net alpine ping -c 1 -W 1 cache
