type Gen = (yield)
