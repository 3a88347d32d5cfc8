#!/usr/bin/env bash
# Installs Request Tracker 5 from Debian's packages for the e2e suite, asking nothing:
# debconf is preseeded so dbconfig-common creates a SQLite database and dma never relays mail.
# Run as root on Debian 12 (bookworm). Idempotent: does nothing when rt5-standalone is installed.
set -euo pipefail

PACKAGES=(request-tracker5 rt5-standalone rt5-db-sqlite dbconfig-sqlite3 dma)

if [ "$(id -u)" -ne 0 ]; then
  echo "scripts/rt/install.sh must run as root (apt-get install ${PACKAGES[*]})." >&2
  exit 1
fi
if dpkg-query -W -f='${Status}' rt5-standalone 2>/dev/null | grep -q 'install ok installed'; then
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Field names from request-tracker5's and dma's debian/templates (dbconfig-common's usual set).
debconf-set-selections <<'SEL'
request-tracker5 request-tracker5/rtname string laatu-e2e
request-tracker5 request-tracker5/organization string laatu-e2e.example
request-tracker5 request-tracker5/correspondaddress string rt@example.com
request-tracker5 request-tracker5/commentaddress string rt-comment@example.com
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/initial-root-password password password
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/db/basepath string /var/lib/dbconfig-common/sqlite3/request-tracker5
request-tracker5 request-tracker5/db/dbname string rtdb
dma dma/mailname string localhost
dma dma/relayhost string
SEL

apt-get update -qq
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
