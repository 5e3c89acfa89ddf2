# IPAM options of `docker network create`: --ip-range without --gateway, --aux-address, and validation errors.
# Checks: which gateway a network with --ip-range but no --gateway gets, and where containers land;
# aux addresses skipped by the allocator (and asked for with --ip); the exact errors and exit codes for
# --ip-range without --subnet, a gateway outside the subnet, overlaps, host bits set, malformed values.
docker network create --subnet 10.243.0.0/16 --ip-range 10.243.3.0/24 ranged
docker network inspect -f '{{json .IPAM.Config}}' ranged
docker run -dit --name r1 --network ranged alpine ash
docker run -dit --name r2 --network ranged alpine ash
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}/{{.IPPrefixLen}} gw={{.Gateway}}{{end}}' r1 r2
docker exec r1 ip route
ip -4 addr show br-$(docker network inspect -f '{{printf "%.12s" .Id}}' ranged)
docker network create --subnet 10.244.0.0/24 --ip-range 10.244.0.0/28 --aux-address router=10.244.0.2 --aux-address printer=10.244.0.3 aux-net
docker network inspect aux-net
docker run -dit --name a1 --network aux-net alpine ash
docker run -dit --name a2 --network aux-net alpine ash
docker run -dit --name a3 --network aux-net alpine ash
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}} gw={{.Gateway}}{{end}}' a1 a2 a3
docker run -dit --name a4 --network aux-net --ip 10.244.0.3 alpine ash
docker run -dit --name a5 --network aux-net --ip 10.244.0.100 alpine ash
docker inspect -f '{{.Name}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' a5
docker network create --ip-range 10.245.1.0/24 e1
docker network create --subnet 10.246.0.0/16 --gateway 10.99.0.1 e2
docker network create --subnet 172.17.5.0/24 e3
docker network create --subnet 10.243.0.0/16 e4
docker network create --subnet 10.243.8.0/24 e4b
docker network create --subnet 10.0.0.1/24 e5
docker network inspect -f '{{json .IPAM.Config}}' e5
docker network create --subnet notacidr e6
docker network create --subnet 10.247.0.0/16 --gateway notanip e7
docker network create --subnet 10.248.0.0/16 --aux-address noequals e8
docker network create --subnet 10.249.0.0/16 --ip-range 10.250.0.0/24 e9
docker network ls
