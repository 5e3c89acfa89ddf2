# --dns / --dns-search / --dns-option, network aliases and the embedded DNS server's names.
# Checks: resolv.conf on the default bridge (servers written as given) vs a user network (127.0.0.11 with
# the options kept); one alias shared by two containers answers with both addresses; `network connect
# --alias`; a container's short ID and hostname resolve; a trailing dot; <name>.<network>.
docker run --rm --dns 192.0.2.53 --dns-search example.com alpine cat /etc/resolv.conf
docker network create dns-net
docker run --rm --network dns-net --dns 192.0.2.53 --dns-search example.com alpine cat /etc/resolv.conf
docker run --rm --network dns-net --dns-option ndots:2 --dns-option timeout:1 alpine cat /etc/resolv.conf
docker run -dit --name c1 --network dns-net --network-alias web alpine ash
docker run -dit --name c2 --network dns-net --network-alias web alpine ash
docker run -dit --name c3 --network dns-net alpine ash
docker exec c3 nslookup web
docker inspect -f '{{json .NetworkSettings.Networks}}' c1
docker network create other-net
docker network connect --alias db --alias cache other-net c3
docker run -dit --name c4 --network other-net alpine ash
docker exec c4 nslookup db
docker exec c4 nslookup cache
docker exec c4 nslookup web
docker inspect -f '{{json (index .NetworkSettings.Networks "other-net").Aliases}}' c3
docker exec c3 nslookup $(docker ps -qf name=c1)
docker exec c1 hostname
docker exec c3 nslookup $(docker exec c1 hostname)
docker exec c3 nslookup c2.
docker exec c3 nslookup c2.dns-net
docker exec c3 nslookup c2.other-net
docker run --rm --network dns-net --hostname myhost --name c5 alpine nslookup myhost
