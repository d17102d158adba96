import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
chart.setOption({ animation:false, textStyle:{fontFamily:'DejaVu Sans'}, xAxis:{type:'category',data:['2019','2020']}, yAxis:{}, series:[{type:'bar',name:'Æøå',data:[736,774]}], aria:{enabled:true} });
const svg = chart.renderToSVGString();
console.log(svg.length, svg.slice(0,300));
const png = new Resvg(svg, { font: { fontFiles: ['/work/main/node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'], loadSystemFonts:false, defaultFontFamily:'DejaVu Sans' } }).render().asPng();
console.log(png.length);
