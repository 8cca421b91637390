#!/usr/bin/python3
"""Loads the web report of `chibo report --format html` in headless Chromium
and checks it: no console errors, one table row per ranked cell, clicking a
header sorts (numbers and names, both ways), the filters hide rows; then takes
a screenshot. The checks run inside the page: a copy of the report gets a
probe script (an error hook first in <head>, the checks last in <body>) and
Chromium's --dump-dom gives back the page with the probe's verdict in it.

usage: check_html.py CHIBO WORKDIR REPORT_ARGS...   (exit 77: chromium missing)
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HOOK = """<script>window.__errors=[];window.addEventListener('error',function(e){
__errors.push(String(e.message));});(function(){var f=console.error;console.error=function(){
__errors.push(Array.prototype.join.call(arguments,' '));f.apply(console,arguments);};})();
</script>"""

PROBE = """<script>(function(){
var r={errors:window.__errors,rows:0,checks:{}};
try{
 var t=document.getElementById('ranking'),body=t.tBodies[0],heads=t.tHead.rows[0].cells,idx={};
 r.rows=body.rows.length;
 for(var i=0;i<heads.length;i++)idx[heads[i].textContent.trim()]=i;
 function col(i,num){return Array.prototype.map.call(body.rows,function(row){
   return num?parseFloat(row.cells[i].getAttribute('data-v')):row.cells[i].textContent;});}
 function ordered(v,cmp){for(var k=1;k<v.length;k++)if(cmp(v[k-1],v[k])>0)return false;return true;}
 var num=function(a,b){return a-b;},txt=function(a,b){return a.localeCompare(b,'vi');};
 heads[idx['Điểm']].click();r.checks.score_ascending=ordered(col(idx['Điểm'],true),num);
 heads[idx['Điểm']].click();r.checks.score_descending=ordered(col(idx['Điểm'],true),function(a,b){return b-a;});
 heads[idx['Tên']].click();r.checks.name_ascending=ordered(col(idx['Tên'],false),txt);
 heads[idx['Hạng']].click();r.checks.rank_ascending=ordered(col(idx['Hạng'],true),num);
 var sel=document.getElementById('filter-type');
 if(sel.options.length>2){sel.selectedIndex=1;sel.dispatchEvent(new Event('change'));
  var want=sel.value,shown=0,right=0;
  Array.prototype.forEach.call(body.rows,function(row){if(row.style.display!=='none'){shown++;
   if(row.getAttribute('data-type')===want)right++;}});
  r.checks.filter_by_type=shown>0&&shown===right&&shown<body.rows.length;
  sel.selectedIndex=0;sel.dispatchEvent(new Event('change'));}
 r.checks.charts=document.querySelectorAll('svg').length>=4;
}catch(e){r.errors.push('probe: '+e);}
var pre=document.createElement('pre');pre.id='probe-result';pre.textContent=JSON.stringify(r);
document.body.appendChild(pre);})();</script>"""

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def fail(msg):
    print("check_html: FAIL: " + msg)
    sys.exit(1)


def chromium(args, timeout=90):
    # Headless Chromium now and then hangs as it starts on a loaded machine
    # (once in a full parallel `ctest`, 2 December): a second try, in a fresh
    # profile, before the test fails.
    for attempt in (1, 2):
        profile = tempfile.mkdtemp(prefix="chibo-chromium-")
        try:
            return subprocess.run([BROWSER] + FLAGS + ["--user-data-dir=" + profile] + args,
                                  capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            if attempt == 2:
                fail("chromium did not finish in %d s, twice" % timeout)
        finally:
            shutil.rmtree(profile, ignore_errors=True)


def main():
    global BROWSER
    chibo, workdir, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
    if not BROWSER:
        print("check_html: SKIPPED: no chromium (tools/install_deps.sh installs it)")
        sys.exit(77)
    os.makedirs(workdir, exist_ok=True)
    page = os.path.join(workdir, "report.html")
    run = subprocess.run([chibo, "report", "--format", "html", "-o", page] + args,
                         capture_output=True, timeout=120)
    if run.returncode not in (0, 1) or not os.path.exists(page):
        fail("chibo report exited %d: %s" % (run.returncode, run.stderr.decode()))
    rank = subprocess.run([chibo, "rank", "--format", "csv"] + args, capture_output=True,
                          timeout=120)
    cells = len(list(csv.DictReader(io.StringIO(rank.stdout.decode("utf-8")))))

    html = open(page, encoding="utf-8").read()
    # Text from the inputs is escaped: a unit named "<script>alert(1)</script>" stays text.
    if "<script>alert(" in html:
        fail("unescaped text from the inputs in the page")
    probe = os.path.join(workdir, "probe.html")
    with open(probe, "w", encoding="utf-8") as f:
        f.write(html.replace("<style>", HOOK + "<style>", 1).replace("</body>", PROBE + "</body>"))
    run = chromium(["--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
                    "--dump-dom", "file://" + os.path.abspath(probe)])
    log = run.stderr.decode("utf-8", "replace")
    found = re.search(r'<pre id="probe-result">(.*?)</pre>', run.stdout.decode("utf-8"), re.S)
    if not found:
        fail("the probe did not run (chromium exit %d):\n%s" % (run.returncode, log[-2000:]))
    result = json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&quot;", '"'))
    console = [l for l in log.splitlines() if "CONSOLE" in l and ("Uncaught" in l or "rror" in l)]
    if result["errors"] or console:
        fail("console errors: %r %r" % (result["errors"], console))
    if result["rows"] != cells:
        fail("%d table rows, %d cells ranked" % (result["rows"], cells))
    bad = [name for name, ok in result["checks"].items() if not ok]
    if bad or len(result["checks"]) < 6:
        fail("checks failed: %r" % result["checks"])

    shot = os.path.join(workdir, "report.png")
    if os.path.exists(shot):
        os.remove(shot)
    chromium(["--window-size=1280,1900", "--screenshot=" + shot, "file://" + os.path.abspath(page)])
    if not os.path.exists(shot) or os.path.getsize(shot) < 10000:
        fail("no screenshot")
    print("check_html: %d rows, no console errors, %s, screenshot %s (%d bytes)"
          % (cells, ", ".join(sorted(result["checks"])), shot, os.path.getsize(shot)))


if __name__ == "__main__":
    main()
