# /etc/hosts and routes of a container across network connect/disconnect; --add-host, --hostname,
# --domainname; resolv.conf with --dns/--dns-option; the embedded DNS with an upstream that never answers.
# Checks: which addresses /etc/hosts lists after connect n2 and after disconnect n1; the default route
# moving to the remaining network; the --add-host line; hostname/domainname in /etc/hosts and `hostname`;
# resolv.conf on the default bridge; on a user network, container names still resolve while other names
# wait for the silent 192.0.2.53 (an address on the host's LAN that nothing answers).
docker network create n1
docker network create n2
docker run -dit --name c1 --network n1 alpine ash
docker exec c1 cat /etc/hosts
docker exec c1 ip route
docker network connect n2 c1
docker exec c1 cat /etc/hosts
docker exec c1 ip route
docker network disconnect n1 c1
docker exec c1 cat /etc/hosts
docker exec c1 ip route
docker run --rm --add-host db:10.1.2.3 alpine cat /etc/hosts
docker run --rm --add-host db:10.1.2.3 --network n2 alpine cat /etc/hosts
docker run --rm --hostname h --domainname example.com alpine cat /etc/hosts
docker run --rm --hostname h --domainname example.com alpine hostname
docker run --rm --dns 192.0.2.53 alpine cat /etc/resolv.conf
docker run --rm --dns 192.0.2.53 --network n2 alpine cat /etc/resolv.conf
docker run --rm --dns 192.0.2.53 --network n2 alpine nslookup c1
docker run --rm --dns 192.0.2.53 --network n2 alpine nslookup nosuchname
docker run --rm --dns-option ndots:3 alpine cat /etc/resolv.conf
