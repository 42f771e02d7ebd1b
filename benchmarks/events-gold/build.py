# Builds gold.dev.jsonl / gold.test.jsonl from the annotation modules.
import json,importlib,os
from lib import article
items={}
for mod in ['ann_bbc','ann_reuters','ann_agnews','ann_pages']:
    if not os.path.exists(mod+'.py'): continue
    m=importlib.import_module(mod)
    for k,(pub,ev,roles,dates) in m.A.items():
        if k.startswith('page-'): text=m.TEXT[k]
        else:
            src,idx=k.split('-'); text=article(src,int(idx))
        items[k]={"id":k,"published":pub,"text":text,"events":ev,"roles":roles,"dates":dates}
        if k.startswith('page-'): items[k]["source"]=m.SOURCE[k]
ids=sorted(items)
out={'dev':[],'test':[]}
for n,k in enumerate(ids): out['dev' if n%2==0 else 'test'].append(items[k])
# The second round (ann_extra_*.py, annotated later under the same rules) goes to dev only, after
# the first round's dev items, so that the test half stays exactly as it was.
# The third round (ann_round3_*.py, the same way) follows the second.
for mod in ['ann_extra_bbc','ann_extra_reuters','ann_extra_agnews','ann_round3_bbc','ann_round3_reuters','ann_round3_agnews']:
    if not os.path.exists(mod+'.py'): continue
    m=importlib.import_module(mod)
    for k,(pub,ev,roles,dates) in sorted(m.A.items()):
        assert k not in items, k
        src,idx=k.split('-')
        out['dev'].append({"id":k,"published":pub,"text":article(src,int(idx)),"events":ev,"roles":roles,"dates":dates})
for h,L in out.items():
    with open(f'gold.{h}.jsonl','w') as f:
        for it in L: f.write(json.dumps(it,ensure_ascii=False)+'\n')
    req=sum(e['required'] for it in L for e in it['events']); opt=sum(not e['required'] for it in L for e in it['events'])
    by={}
    for it in L: s=it['id'].split('-')[0]; by[s]=by.get(s,0)+1
    print(h,len(L),by,'required',req,'optional',opt)
