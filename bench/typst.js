// Typst for bench/run.sh where no typst binary is installed: the same compiler, in node, from the
// npm package @myriaddreamin/typst-ts-node-compiler (cd bench && npm install --no-save
// @myriaddreamin/typst-ts-node-compiler). Like `typst compile --font-path DIR IN OUT`: the system
// fonts, and those in each folder of TYPST_FONT_PATHS (colon-separated), as typst itself reads it.
//   node bench/typst.js IN.typ OUT.pdf
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [input, output] = process.argv.slice(2);
const fontPaths = [...(process.env.TYPST_FONT_PATHS || '').split(':'),
  '/usr/share/fonts', '/usr/local/share/fonts', '/Library/Fonts']
  .filter((dir) => dir && fs.existsSync(dir));
const compiler = NodeCompiler.create({
  workspace: path.dirname(path.resolve(input)),
  fontArgs: [{ fontPaths }],
});
fs.writeFileSync(output, compiler.pdf({ mainFilePath: path.resolve(input) }));
