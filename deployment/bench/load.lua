-- wrk script: rotates bearer tokens (one signed-in officer per request) and, for the vote
-- path, the entry and the points, so that every request is a distinct voter's real change.
--   TOKENS    file with one token per line
--   PATHS     request paths separated by "|"; "{n}" becomes a rotating number
--   N_FIRST, N_STEP, N_COUNT  the rotating number: N_FIRST + N_STEP * (i % N_COUNT), each thread
--             starting half-way round from the previous one; "{day}" becomes 2026-01-01 plus that many days
--   VOTE      when set: PUT /api/v1/events/<VOTE>/ballot/votes/<entry> with {"points": p}
--   SID_FIRST, SID_COUNT, VOTER_FIRST  the entries on the ballot and the first voter's number
--   DELAY_MS  when above 0: each connection waits this long before each request (fixed-rate runs)
local tokens = {}
local counter = 0
local thread_no = 0
local threads = {}

function setup(thread)
   thread:set("thread_no", #threads)
   table.insert(threads, thread)
end

function init(args)
   for line in io.lines(os.getenv("TOKENS")) do
      if #line > 0 then tokens[#tokens + 1] = line end
   end
   paths = {}
   for p in string.gmatch(os.getenv("PATHS") or "/", "[^|]+") do paths[#paths + 1] = p end
   n_first = tonumber(os.getenv("N_FIRST") or "1")
   n_step = tonumber(os.getenv("N_STEP") or "1")
   n_count = tonumber(os.getenv("N_COUNT") or "1")
   vote = os.getenv("VOTE")
   if vote == "" then vote = nil end
   sid_first = tonumber(os.getenv("SID_FIRST") or "1")
   sid_count = tonumber(os.getenv("SID_COUNT") or "1")
   voter_first = tonumber(os.getenv("VOTER_FIRST") or "1")
   delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
   -- threads start at different places in the token list
   counter = thread_no * 7919
end

function request()
   counter = counter + 1
   local t = (counter % #tokens) + 1
   local headers = { ["Authorization"] = "Bearer " .. tokens[t], ["Accept-Language"] = "es" }
   if vote then
      -- Each voter spreads at most 2 points on 5 fixed entries: never over the budget of 10.
      local voter = voter_first + t - 1
      local slot = math.floor(counter / #tokens) % 5
      local sid = sid_first + (voter * 7 + slot * 97) % sid_count
      local points = math.floor(counter / (#tokens * 5)) % 3
      headers["Content-Type"] = "application/json"
      return wrk.format("PUT", "/api/v1/events/" .. vote .. "/ballot/votes/" .. sid, headers,
         '{"points":' .. points .. '}')
   end
   local path = paths[(counter % #paths) + 1]
   local n = n_first + n_step * ((counter + thread_no * math.floor(n_count / 2)) % n_count)
   path = string.gsub(path, "{n}", tostring(n))
   path = string.gsub(path, "{day}", os.date("!%Y-%m-%d", 1767225600 + 86400 * n))
   return wrk.format("GET", path, headers)
end

-- A fixed offered load: with DELAY_MS = 1000 × connections ÷ rate, the connections together send
-- about "rate" requests a second while the service keeps up (a slower answer lowers the rate, so
-- the achieved rate is reported next to the latencies).
function delay()
   return delay_ms
end
