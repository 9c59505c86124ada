-- wrk script: send the requests of a plan file in turn, print a JSON summary when done.
--
-- BENCH_PLAN   a file of lines "METHOD<TAB>PATH<TAB>BODY" (BODY may be empty); a plan
--              of 90 reads and 10 writes gives the S9 mix. "{n}" in a body becomes a
--              number unique to the request, so every write really changes something.
-- BENCH_TOKEN  a personal access token, sent as "Authorization: Bearer ...".
-- BENCH_RUN    a label unique to the run; POSTs carry Idempotency-Key: <run>-<thread>-<n>.

local plan_path = os.getenv("BENCH_PLAN")
local token = os.getenv("BENCH_TOKEN")
local run_label = os.getenv("BENCH_RUN") or tostring(os.time())

local threads = {}
local next_thread = 0

function setup(thread)
   thread:set("thread_number", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

local plan = {}
local counter = 0

local function base_headers()
   local headers = { ["Accept"] = "application/json" }
   if token and token ~= "" then
      headers["Authorization"] = "Bearer " .. token
   end
   return headers
end

function init(args)
   local file = assert(io.open(plan_path, "r"), "cannot open the plan " .. tostring(plan_path))
   for line in file:lines() do
      local method, path, body = line:match("^([A-Z]+)\t([^\t]+)\t?(.*)$")
      if method then
         local item = { method = method, path = path, body = body ~= "" and body or nil }
         if item.body == nil and method ~= "POST" then
            item.prepared = wrk.format(method, path, base_headers(), nil)
         end
         table.insert(plan, item)
      end
   end
   file:close()
   assert(#plan > 0, "the plan is empty")
   -- Threads start at different places in the plan.
   counter = (thread_number or 0) * 7919
end

function request()
   counter = counter + 1
   local item = plan[(counter % #plan) + 1]
   if item.prepared then
      return item.prepared
   end
   local headers = base_headers()
   local body = item.body
   if body then
      headers["Content-Type"] = "application/json"
      body = body:gsub("{n}", run_label .. "-" .. tostring(thread_number) .. "-" .. counter)
   end
   if item.method == "POST" then
      headers["Idempotency-Key"] = run_label .. "-" .. tostring(thread_number) .. "-" .. counter
   end
   return wrk.format(item.method, item.path, headers, body)
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
      '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
      '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"mean":%.1f,"max":%d}}\n',
      summary.requests, summary.duration, summary.bytes,
      errors.connect, errors.read, errors.write, errors.status, errors.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.mean, latency.max))
end
