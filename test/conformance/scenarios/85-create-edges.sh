# Edge cases of `docker network create` not covered by 05, 47, 60 or 73.
# Checks: names refused (slash, leading dash, space) and case (UPPER and upper are two networks);
# --attachable and --ingress on a local bridge; an unknown IPAM driver; --ipam-opt (.IPAM.Options);
# an unknown bridge -o option; a /33 prefix; an --ip-range larger than its subnet (accepted; where a
# container lands); --subnet twice (the bridge driver refuses it); --label without a value; then the
# fields of what was created.
# (`-d nosuch`, host bits set and `--gateway notanip` are already in 47 and 60.)
docker network create a/b
docker network create -- -x
docker network create 'has space'
docker network inspect -f '{{.Name}} {{.Driver}}' -- a/b -x 'has space'
docker network rm a/b
docker network create UPPER
docker network create upper
docker network ls --filter name=pper --format '{{.Name}} {{.Driver}}'
docker network create --attachable att-net
docker network inspect -f '{{.Attachable}} {{.Ingress}} {{.Scope}}' att-net
docker network create --ingress ing-net
docker network create --ipam-driver nosuch ipam-net
docker network create --ipam-opt foo=bar iopt-net
docker network inspect -f '{{json .IPAM}}' iopt-net
docker network create -o com.docker.network.bridge.foo=1 opt-net
docker network inspect -f '{{json .Options}}' opt-net
docker network create --subnet 10.30.0.0/33 bad33
docker network create --subnet 10.31.0.0/24 --ip-range 10.31.0.0/16 bigrange
docker network inspect -f '{{json .IPAM.Config}}' bigrange
docker run -dit --name b1 --network bigrange alpine ash
docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}/{{.IPPrefixLen}} gw={{.Gateway}}{{end}}' b1
docker network create --subnet 10.32.0.0/24 --subnet 10.33.0.0/24 two-pools
docker network create --subnet 10.34.0.0/24 --subnet 10.35.0.0/24 --gateway 10.35.0.1 two-gw
docker network create --label novalue lbl-net
docker network inspect -f '{{json .IPAM}} {{.Attachable}} {{json .Labels}}' UPPER upper att-net iopt-net opt-net lbl-net
docker network ls --filter label=novalue --format '{{.Name}}'
