-- wrk script: POST one consent choice per request, each with a fresh UUID v4 consent id.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local version = os.getenv("CK_VERSION")
local site = os.getenv("CK_SITE") or "demo"
wrk.path = "/v1/sites/" .. site .. "/consents"
local hex = "0123456789abcdef"
local function h(n)
  local t = {}
  for i = 1, n do
    local r = math.random(1, 16)
    t[i] = hex:sub(r, r)
  end
  return table.concat(t)
end
local actions = {"accept-all", "reject-all", "custom"}
request = function()
  local v = math.random(1, 4)
  local id = h(8) .. "-" .. h(4) .. "-4" .. h(3) .. "-" .. ("89ab"):sub(v, v) .. h(3) .. "-" .. h(12)
  local action = actions[math.random(1, 3)]
  local choices = action == "custom" and '{"analytics":true}' or "{}"
  local body = '{"consentId":"' .. id .. '","configVersion":"' .. version .. '","language":"nl","action":"' ..
      action .. '","choices":' .. choices .. ',"gpc":false}'
  return wrk.format(nil, nil, nil, body)
end
