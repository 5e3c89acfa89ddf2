# macvlan modes (private, vepa, passthru), parent errors, one network per parent, and ipvlan networks.
# Parents = veth pairs made here. Checks: Options in inspect; "already using parent interface" for a second
# network on the same parent (the message names the first network as dm-<short id>); private and vepa
# containers on one parent cannot reach each other (a veth does not reflect frames); passthru allows one
# container; VLAN ID range and missing-parent errors; ipvlan l2/l3 networks in inspect.
# Not recorded (the recording kernel has no 8021q, dummy or ipvlan support): parent=vparent.10, macvlan
# without a parent, ipvlan containers.
ip link add vparent type veth peer name vpeer
ip link set vparent up
ip link set vpeer up
ip link add vparent2 type veth peer name vpeer2
ip link set vparent2 up
docker network create -d macvlan --subnet 10.50.1.0/24 -o parent=vparent -o macvlan_mode=private mv-private
docker network create -d macvlan --subnet 10.50.2.0/24 -o parent=vparent -o macvlan_mode=vepa mv-vepa
docker network create -d macvlan --subnet 10.50.4.0/24 -o parent=vparent2 -o macvlan_mode=nosuch mv-badmode
docker network inspect -f '{{.Name}} {{json .Options}} {{json .IPAM.Config}}' mv-private
docker run -dit --name p1 --network mv-private alpine ash
docker run -dit --name p2 --network mv-private alpine ash
docker exec p1 ping -c 1 -W 1 p2
docker rm -f p1 p2
docker network rm mv-private
docker network create -d macvlan --subnet 10.50.2.0/24 -o parent=vparent -o macvlan_mode=vepa mv-vepa
docker run -dit --name e1 --network mv-vepa alpine ash
docker run -dit --name e2 --network mv-vepa alpine ash
docker exec e1 ping -c 1 -W 1 e2
docker rm -f e1 e2
docker network rm mv-vepa
docker network create -d macvlan --subnet 10.50.3.0/24 -o parent=vparent -o macvlan_mode=passthru mv-passthru
docker network inspect -f '{{.Name}} {{json .Options}}' mv-passthru
docker run -dit --name t1 --network mv-passthru alpine ash
docker exec t1 ip addr show eth0
docker run -dit --name t2 --network mv-passthru alpine ash
docker network create -d macvlan --subnet 10.50.11.0/24 -o parent=vparent.5000 mv-bad
docker network create -d macvlan --subnet 10.50.12.0/24 -o parent=nope0 mv-nope
docker network create -d ipvlan --subnet 10.60.1.0/24 -o parent=vparent2 ipv-l2
docker network inspect ipv-l2
docker network create -d ipvlan --subnet 10.60.2.0/24 -o parent=vparent2 -o ipvlan_mode=l3 ipv-l3
docker network rm ipv-l2
docker network create -d ipvlan --subnet 10.60.2.0/24 -o parent=vparent2 -o ipvlan_mode=l3 ipv-l3
docker network inspect -f '{{.Name}} {{json .Options}} {{json .IPAM.Config}}' ipv-l3
docker network create -d ipvlan --subnet 10.60.3.0/24 -o parent=vpeer -o ipvlan_mode=l4 ipv-bad
docker network ls
