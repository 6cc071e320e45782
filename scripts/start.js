#!/usr/bin/env node
// `npm start`: run the dev server and say how to sideload manifest.xml into Excel.
const { spawn } = require("node:child_process");
const path = require("node:path");

const manifest = path.resolve(__dirname, "..", "manifest.xml");
console.log(`
Diversity Request: development server on https://localhost:3000 (http if no dev certificate is installed).
Sideload ${manifest} (as Microsoft documents it):
  Excel on the web  Home > Add-ins > More Settings > Upload My Add-in (older builds: Insert > Office
                    Add-ins > My Add-ins > Manage My Add-ins > Upload My Add-in), then choose manifest.xml.
  Excel on Windows  a network-share catalog: share the folder, add it under File > Options > Trust Center >
                    Trust Center Settings > Trusted Add-in Catalogs, restart Excel, then Add-ins > Shared Folder.
  Excel on Mac      copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                    and restart Excel; the add-in appears under Insert > Add-ins > My Add-ins.
Excel loads the pane only over https: run \`npx office-addin-dev-certs install\` once if the server says http.
Outside Excel, open http(s)://localhost:3000/standalone.html.
`);

const child = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  stdio: "inherit",
});
child.on("exit", (code) => process.exit(code ?? 0));
