# Fixed selection procedure: keyword filter + length cap, then every STRIDE-th candidate in file order.
import gzip,re,sys,json
SRC='/work/shared/data/unlabeled/'
VERBS=r"\b(accus|criticis|criticiz|condemn|protest|arrest|sanction|met |meet|visit|talks|agree|strike|sued|lawsuit|threat|warn|urg|demand|reject|attack|kill|fight|clash|deni|invit|call(ed)? on|ban|impos|retaliat|negotiat|sign|boycott|expel|detain|charg)"
POL=r'\b(government|minister|president|officials|embassy|troops|rebels|police|army|parliament|diplomat|envoy|guerrillas?|sanctions?|retaliat\w*|tariffs?|protest\w*)\b'
cfg={'bbc':('bbc.txt.gz',350,5,set(range(0,503))|set(range(872,1290))),
     'reuters':('reuters21578.txt.gz',260,5,None),
     'agnews':('agnews_test.txt.gz',80,2,None)}
def cands(src):
    f,maxw,minhits,rng=cfg[src]
    arts=gzip.open(SRC+f,'rt',encoding='utf-8').read().split('\n\n')
    out=[]
    for i,a in enumerate(arts):
        if rng and i not in rng: continue
        w=len(a.split())
        if w>maxw or w<40 and src!='agnews': continue
        hits=len(re.findall(VERBS,a,re.I))
        fin=len(re.findall(r'\b(mln|billion|dlrs|pct|shares|dividend|cts|tonnes|earnings|profit)\b',a,re.I))
        if src=='reuters' and fin>4: continue
        if src in ('reuters','agnews') and len(re.findall(POL,a,re.I))<(2 if src=='reuters' else 1): continue
        if hits>=minhits: out.append((i,a))
    return arts,out
if __name__=='__main__':
    src=sys.argv[1]; stride=int(sys.argv[2]); start=int(sys.argv[3]) if len(sys.argv)>3 else 0
    arts,c=cands(src)
    print(len(c),'candidates',file=sys.stderr)
    for k in range(start,len(c),stride):
        i,a=c[k]; print('=====',src,i,len(a.split())); print(a)
