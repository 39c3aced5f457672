import re, os, sys, glob, collections
SRC='/tmp/corpus4/src'; OUT='/tmp/corpus4/drafts'
ANN=re.compile(r'\s*⟦([^|⟧]+)\|([^|⟧]+)\|([^⟧]*)⟧\s*$')
EN=r'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|halved|quarter|third|dozen|dozens|double|doubled|triple|tripled|twice|thrice|once|first|second|fourth|fifth|tenth|hundredth|thousandth|\w+fold|\w+teenth|\w+ieth'
ES=r'uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|cientos|mil|millón|millones|medio|media|mitad|doble|triple|primer|primero|primera|primeros|primeras|segundo|segunda|tercer|tercero|tercera'
NUM=re.compile(r'\d|\b(?:%s|%s)\b'%(EN,ES), re.I)
KINDS={'figure','period','rate','ratio','percent-change','difference','unit','event-date','part-whole','internal','magnitude','restatement','not-a-claim','uncovered','none'}
rows=[]; problems=[]
for path in sorted(glob.glob(SRC+'/h*')):
    name=os.path.basename(path)
    lines=open(path,encoding='utf-8').read().split('\n')
    if lines and lines[-1]=='': lines=lines[:-1]
    out=[]; fm=0
    for i,l in enumerate(lines,1):
        m=ANN.search(l)
        text=ANN.sub('',l) if m else l
        out.append(text.rstrip())
        if l.strip()=='---' and fm<2: fm+=1; continue
        if fm<2:
            if m: problems.append(f'{name}:{i} annotation in front matter')
            continue
        hasnum=bool(NUM.search(text))
        if m:
            exp,kind,why=[x.strip() for x in m.groups()]
            if exp not in('flag','ok','any'): problems.append(f'{name}:{i} bad expect {exp}')
            if kind not in KINDS: problems.append(f'{name}:{i} bad kind {kind}')
            if not hasnum: problems.append(f'{name}:{i} annotated but no number: {text}')
            rows.append((name,i,exp,kind,why))
        elif hasnum:
            problems.append(f'{name}:{i} UNANNOTATED number line: {text}  [{NUM.findall(text)}]')
    open(os.path.join(OUT,name),'w',encoding='utf-8').write('\n'.join(out)+'\n')
with open(OUT+'/EXPECTED.tsv','w',encoding='utf-8') as f:
    f.write('file\tline\texpect\tkind\twhy\n')
    for r in rows: f.write('%s\t%d\t%s\t%s\t%s\n'%r)
for p in problems: print(p)
c=collections.Counter((r[0],r[2]) for r in rows)
for n in sorted({r[0] for r in rows}):
    print(n, sum(v for (a,b),v in c.items() if a==n), c[(n,'flag')], c[(n,'ok')], c[(n,'any')])
print('all', len(rows), sum(1 for r in rows if r[2]=='flag'), sum(1 for r in rows if r[2]=='ok'), sum(1 for r in rows if r[2]=='any'))
k=collections.Counter((r[3],r[2]) for r in rows)
for kind in ['figure','period','rate','ratio','percent-change','difference','unit','event-date','part-whole','internal','magnitude','restatement','not-a-claim','uncovered','none']:
    print(kind, k[(kind,'flag')], k[(kind,'ok')], k[(kind,'any')])
