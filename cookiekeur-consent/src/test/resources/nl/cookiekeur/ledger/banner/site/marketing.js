window.marketingRuns = (window.marketingRuns || 0) + 1;
document.cookie = '_fbp=fb.1.42; Max-Age=3600; Path=/; Domain=winkel.test';
