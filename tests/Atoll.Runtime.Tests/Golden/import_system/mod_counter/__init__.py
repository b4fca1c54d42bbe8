print("mod_counter body runs")
loads = []
def record(x):
    loads.append(x)
    return loads
