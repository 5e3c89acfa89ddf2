# timeout: 5
# ping without -c, ended by the runner's timeout (recorded with CMD_TIMEOUT=5), and busybox ping options.
# Checks: what `docker exec ... ping` prints when the client is killed (SIGTERM from timeout: no statistics,
# exit 124) and that the ping goes on running in the container; the host's iputils ping likewise; -c/-i,
# -w deadline, -s size, a bad -c value, ping with no host, an unresolvable name on the host.
docker run -dit --name p1 alpine ash
docker exec p1 ping 172.17.0.1
docker exec p1 ps -o args
ping 172.17.0.2
docker exec p1 ping -c 2 -i 0.5 172.17.0.1
docker exec p1 ping -w 2 172.17.0.1
docker exec p1 ping -c 1 -s 100 172.17.0.1
docker exec p1 ping -c x 1.2.3.4
docker exec p1 ping
ping -c 1 nosuchname
