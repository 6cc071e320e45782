#!/usr/bin/env node
// `npm start`: run the dev server and say how to sideload manifest.xml into Excel.
const { spawn } = require("node:child_process");
const path = require("node:path");

const manifest = path.resolve(__dirname, "..", "manifest.xml");
console.log(`
Diversity Request: development server on https://localhost:3000 (http if no dev certificate is installed).
Sideload ${manifest}:
  Excel on Windows  Insert > Add-ins > My Add-ins > Upload My Add-in (or a shared-folder catalog:
                    File > Options > Trust Center > Trusted Add-in Catalogs), then choose manifest.xml.
  Excel on Mac      copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                    and restart Excel; the add-in appears under Insert > My Add-ins.
  Excel on the web  Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in, then choose manifest.xml.
Excel loads the pane only over https: run \`npx office-addin-dev-certs install\` once if the server says http.
Outside Excel, open http(s)://localhost:3000/standalone.html.
`);

const child = spawn(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"], {
  stdio: "inherit",
});
child.on("exit", (code) => process.exit(code ?? 0));
