# DNS and name resolution on the default bridge (no embedded DNS) vs host network vs a user network.
# Checks: resolv.conf copied from the host, --dns/--dns-search, container lookups of the host's name and
# docker0 address go to the upstream (NXDOMAIN), ping of the host's LAN address, --add-host, host network
# (host's /etc/hosts), PTR of the gateway and of a container via the embedded DNS.
docker run --rm alpine cat /etc/resolv.conf
docker run --rm --dns 192.0.2.1 --dns-search lab.local alpine cat /etc/resolv.conf
docker run --rm alpine nslookup docker-host
docker run --rm alpine nslookup 172.17.0.1
docker run --rm alpine ping -c 1 -W 1 192.0.2.10
docker run --rm --add-host myhost:192.0.2.10 alpine ping -c 1 -W 1 myhost
docker run --rm --network host alpine nslookup docker-host
docker run --rm --network host alpine cat /etc/resolv.conf
docker network create n1
docker run -dit --name c1 --network n1 alpine sh
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c1
docker run --rm --network n1 alpine nslookup 172.18.0.1
docker run --rm --network n1 alpine nslookup 172.18.0.2
docker run --rm --network n1 alpine nslookup c1
docker run --rm --network n1 alpine nslookup docker-host
