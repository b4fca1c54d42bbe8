print("boom: body starts")
count_runs = 1
raise ValueError("error while importing boom")
