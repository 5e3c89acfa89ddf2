# Go templates with `docker inspect`, `docker network inspect` and `docker container inspect`; c1 and c2 on a
# user network, web with a published port on the default bridge.
# Checks: range over .Containers and .NetworkSettings.Ports with variables, len, a map printed without json,
# ExposedPorts as json, State fields, HostConfig fields, several names with one missing (output for the
# found one plus the error, exit 1), unknown field in a template, the upper function.
docker network create net
docker run -dit --name c1 --network net alpine sh
docker run -dit --name c2 --network net alpine sh
docker run -d --name web -p 8080:80 nginx
docker network inspect -f '{{range .Containers}}{{.Name}}={{.IPv4Address}}{{println}}{{end}}' net
docker network inspect -f '{{range $id, $c := .Containers}}{{$c.Name}}={{$c.IPv4Address}} {{end}}' bridge
docker network inspect -f '{{len .Containers}}' net
docker inspect -f '{{range $p, $conf := .NetworkSettings.Ports}}{{$p}} -> {{(index $conf 0).HostPort}}{{end}}' web
docker inspect -f '{{.NetworkSettings.Ports}}' web
docker inspect -f '{{json .Config.ExposedPorts}}' web
docker inspect -f '{{json .Config.ExposedPorts}}' c1
docker inspect -f '{{.State.Status}} {{.State.Running}} {{.RestartCount}}' c1
docker inspect -f '{{.HostConfig.NetworkMode}} {{.HostConfig.PublishAllPorts}}' web
docker container inspect -f '{{.Name}}' c1 nosuch
docker container inspect -f '{{.Name}}' nosuch c1
docker network inspect -f '{{.Nope}}' net
docker inspect -f '{{.Nope}}' c1
docker inspect -f '{{.Config.Hostname}}' c1
docker inspect --format '{{upper .Name}}' c1
docker inspect -f '{{index .Config.Labels "x"}}|{{.Config.Image}}|{{.Path}} {{join .Args ","}}' c1
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' net bridge
