# More -p / -P forms: tcp and udp on the same port, host-address clashes, a host range for one port,
# -P with an --expose range, port 0 and empty halves, and a published port of a stopped container.
docker run -d --name dns -p 53:53/udp -p 53:53 busybox sleep 300
docker port dns
docker ps --format '{{.Names}} {{.Ports}}'
docker run -d --name w1 -p 127.0.0.1:9000:80 -p 9000:80 nginx
docker ps -a --format '{{.Names}} {{.Status}} {{.Ports}}'
docker run -d --name w2 -p 8000-8001:80 nginx
docker port w2
docker run -d --name w3 -p 8000-8001:80 nginx
docker port w3
docker run -d --name ex -P --expose 7000-7002 busybox sleep 300
docker inspect -f '{{json .HostConfig.PortBindings}} {{len .NetworkSettings.Ports}}' ex
docker run -d --name z0 -p 0:80 nginx
docker port z0
docker run -d --name z1 -p :80 nginx
docker port z1
docker run -d --name z2 -p 80: nginx
docker run -d --name web -p 8080:80 nginx
curl -s -o /dev/null -w '%{http_code}\n' http://localhost:8080/
docker stop -t 1 web
curl -s -m 2 http://localhost:8080/
docker port web
docker ps -a --filter name=web --format '{{.Names}} {{.Ports}}'
