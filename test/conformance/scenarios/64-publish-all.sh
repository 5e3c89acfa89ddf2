# -P (publish all EXPOSEd ports), --expose, port ranges, sctp, port conflicts and malformed -p specs.
# Checks: ephemeral host ports from 32768 for -P; the PORTS column for exposed-but-unpublished ports;
# range mapping 1:1 and a host range for one container port (the next container gets the next free one); the conflict error text and the state it
# leaves the container in; parse errors of -p (exit 125).
docker run -d --name web -P nginx
docker run -d --name cache -P redis
docker run -d --name custom --expose 9000 -P busybox httpd -f -p 9000
docker run -d --name exposed --expose 7000 busybox sleep 300
docker run -d --name plain nginx
docker ps --format 'table {{.Names}}\t{{.Ports}}'
docker port web
docker port cache
docker port custom
docker port exposed
docker run -d --name range1 -p 8000-8002:80-82 busybox httpd -f -p 80
docker run -d --name range2 -p 9000-9002:80 busybox httpd -f -p 80
docker run -d --name range3 -p 9000-9002:80 busybox httpd -f -p 80
docker port range1
docker port range2
docker port range3
docker run -d --name dup1 -p 8080:80 busybox httpd -f -p 80
docker run -d --name dup2 -p 8080:80 busybox httpd -f -p 80
docker ps -a --format 'table {{.Names}}\t{{.Status}}\t{{.Ports}}'
docker inspect -f '{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}' dup2
docker run -d -p 99999:80 busybox
docker run -d -p abc busybox
docker run -d -p 8080:80/xyz busybox
docker run -d -p 1.2.3:80:80 busybox
iptables -t nat -S DOCKER
