# Default address pools: networks created without --subnet, and what happens after one is removed.
# Checks: 172.18.0.0/16 upward, one /16 each; 20.10 IPAM keeps a cursor, so a freed pool in the middle is
# not handed out again until the list wraps; after 172.31.0.0/16 come 192.168.x.0/20 pools; a macvlan
# network without --subnet also takes a pool from the same list; after 192.168.240.0/20 the cursor wraps
# and the freed pools are used again.
docker network create n1
docker network create n2
docker network create n3
docker network create n4
docker network create n5
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n1 n2 n3 n4 n5
docker network rm n3
docker network create n6
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n6
docker network rm n6
docker network create n7
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n7
ip link add vparent type veth peer name vpeer
ip link set vparent up
docker network create -d macvlan -o parent=vparent mv1
docker network inspect -f '{{.Name}} {{json .IPAM.Config}}' mv1
for i in 8 9 10 11 12 13 14 15 16 17; do docker network create n$i > /dev/null; done
docker network ls --format '{{.Name}}' --filter driver=bridge | sort
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}}{{end}}' n8 n9 n10 n11 n12 n13 n14 n15 n16 n17
docker network create n18
docker network create n19
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n18 n19
for i in 20 21 22 23 24 25 26 27 28 29; do docker network create n$i > /dev/null; done
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}}{{end}}' n28 n29
docker network create n30
docker network create n31
docker network inspect -f '{{.Name}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' n30 n31
