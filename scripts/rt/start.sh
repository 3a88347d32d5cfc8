#!/usr/bin/env bash
# Runs Request Tracker 5's standalone server on 127.0.0.1:PORT in the foreground, on a
# private copy of the database in STATE_DIR, so the system's RT and its /etc files stay as
# installed. Stop it with SIGTERM to this process (it execs into rt-server).
#   scripts/rt/start.sh PORT STATE_DIR
# Web UI and REST at http://127.0.0.1:PORT/ (user root, password "password"), no mail sent.
set -euo pipefail

PORT=${1:?usage: start.sh PORT STATE_DIR}
STATE=${2:?usage: start.sh PORT STATE_DIR}
RT_LIBEXEC=/usr/share/request-tracker5/libexec
# Created by request-tracker5's dbconfig-common install (see scripts/rt/install.sh).
PACKAGED_DB=${RT_PACKAGED_DB:-/var/lib/dbconfig-common/sqlite3/request-tracker5/rtdb}

if [ ! -x "$RT_LIBEXEC/rt-server" ]; then
  echo "Request Tracker is not installed: run scripts/rt/install.sh as root." >&2
  exit 1
fi

mkdir -p "$STATE/site.d" "$STATE/var/session_data"
# Only this file is read: RT_SITE_CONFIG(_DIR) replace /etc/request-tracker5's site config.
cat > "$STATE/RT_SiteConfig.pm" <<CONF
Set(\$rtname, 'laatu-e2e');
Set(\$Organization, 'laatu-e2e.example');
Set(\$CorrespondAddress, 'rt@example.com');
Set(\$CommentAddress, 'rt-comment@example.com');
Set(\$Timezone, 'UTC');
Set(\$DatabaseType, 'SQLite');
Set(\$DatabaseName, '$STATE/rtdb');
Set(\$WebDomain, '127.0.0.1');
Set(\$WebPort, $PORT);
Set(\$WebPath, '');
Set(\$WebBaseURL, 'http://127.0.0.1:$PORT');
# Mail goes to an mbox file under RT's var directory, never to the network.
Set(\$MailCommand, 'mbox');
Set(\$LogToSyslog, undef);
Set(\$LogToSTDERR, 'warning');
# The e2e browser may reach RT as localhost or 127.0.0.1 with any port.
Set(\$RestrictReferrer, 0);
# Sent mail (mbox), sessions and compiled templates stay in STATE_DIR too, so any user can run it.
\$RT::VarPath = '$STATE/var';
\$RT::MasonSessionDir = '$STATE/var/session_data';
\$RT::MasonDataDir = '$STATE/var/mason_data';
1;
CONF

if [ ! -f "$STATE/rtdb" ]; then
  if [ -f "$PACKAGED_DB" ]; then
    cp "$PACKAGED_DB" "$STATE/rtdb"
  else
    # No dbconfig database (installed without it): create one with RT's own tool.
    # SQLite creates the file on connect; its root user gets RT's default password "password".
    RT_SITE_CONFIG="$STATE/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$STATE/site.d" \
      /usr/sbin/rt-setup-database --action init --skip-create --dba-password '' >&2
  fi
fi

export RT_SITE_CONFIG="$STATE/RT_SiteConfig.pm" RT_SITE_CONFIG_DIR="$STATE/site.d"
exec "$RT_LIBEXEC/rt-server" --server Starlet --max-workers 4 --host 127.0.0.1 --port "$PORT"
