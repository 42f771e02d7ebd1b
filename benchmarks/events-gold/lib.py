import gzip
SRC='/work/shared/data/unlabeled/'
FILES={'bbc':'bbc.txt.gz','reuters':'reuters21578.txt.gz','agnews':'agnews_test.txt.gz'}
_cache={}
def article(src,i):
    if src not in _cache:
        _cache[src]=gzip.open(SRC+FILES[src],'rt',encoding='utf-8').read().split('\n\n')
    return _cache[src][i]
def L(s): return None if s is None else [x.strip() for x in s.split('|')]
def E(actor,action,target,req=1,d=None,p=None,m=None,pol=None,z='body'):
    return {"actor":L(actor),"action":L(action),"target":L(target),"date":d,"place":p,
            "modality":m,"polarity":pol,"zone":z,"required":bool(req)}
def O(*a,**k):
    k['req']=0; return E(*a,**k)
