#!/usr/bin/env bash
# Makes sure a MariaDB server answers on 127.0.0.1:3306 (root, empty password) for the MySQL tests.
# Idempotent: does nothing when one already answers; installs Debian's mariadb-server only if it is missing.
set -euo pipefail

host=${CCCP_TEST_MYSQL_HOST:-127.0.0.1}
port=${CCCP_TEST_MYSQL_PORT:-3306}

answers() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

if answers; then
  echo "ensure-mariadb: MariaDB answers on $host:$port"
  exit 0
fi

if [ ! -x /usr/sbin/mariadbd ]; then
  echo "ensure-mariadb: installing mariadb-server (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server >/dev/null
fi

echo "ensure-mariadb: starting /usr/sbin/mariadbd"
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd

for _ in $(seq 1 60); do
  if answers; then
    echo "ensure-mariadb: MariaDB answers on $host:$port"
    exit 0
  fi
  sleep 0.5
done
echo "ensure-mariadb: MariaDB did not answer on $host:$port within 30 s" >&2
exit 1
