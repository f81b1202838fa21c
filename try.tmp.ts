import { extractFacts } from './questions/engine/extract-facts';
import { loadFixtureArticles, normalizeName, normalizeText } from './tests/support/fixture-articles';
const arts = loadFixtureArticles();
for (const group of [arts.filter(a=>!a.heldOut), arts.filter(a=>a.heldOut), arts]) {
let ex=0,co=0,g=0,f=0,qg=0,qm=0,qs=0; const miss:string[]=[];
for (const a of group) {
  const facts = extractFacts(a.text);
  const gn = a.gold.people.map(p=>[p.name,...(p.aliases??[])].map(normalizeName));
  const m = new Set<number>();
  for (const p of facts.people) { ex++; const i=gn.findIndex(n=>n.includes(normalizeName(p.name))); if(i>=0){co++;m.add(i)} else miss.push(a.slug+' extra '+p.name)}
  g+=gn.length; f+=m.size; a.gold.people.forEach((p,i)=>m.has(i)||miss.push(a.slug+' missed '+p.name));
  for (const gq of a.gold.quotes) { qg++; const t=normalizeText(gq.text).slice(0,40); const q=facts.quotes.find(q=>normalizeText(q.text).includes(t)||t.includes(normalizeText(q.text).slice(0,40))); if(!q){miss.push(a.slug+' noquote '+gq.text.slice(0,30));continue} qm++; const per=facts.people.find(p=>p.id===q.speakerId); const names=[q.speaker,per?.name,...(per?.aliases??[])].filter(Boolean).map(n=>normalizeName(n!)); if(names.includes(normalizeName(gq.speaker))) qs++; else miss.push(a.slug+' speaker '+q.speaker+' vs '+gq.speaker)}
}
console.log({articles: group.length, precision:(co/ex).toFixed(3), recall:(f/g).toFixed(3), quotesFound:(qm/qg).toFixed(3), speakerAcc:(qs/qm).toFixed(3)}); console.log(miss.join('\n'));
}
