from mod_interp.compat import interpreters, queues, create_with_queues

q_default = queues.create()
q_error = queues.create(unbounditems=queues.UNBOUND_ERROR)
q_remove = queues.create(unbounditems=queues.UNBOUND_REMOVE)
sender = create_with_queues()
sender.prepare_main(q1=q_default, q2=q_error, q3=q_remove)
sender.exec("for q in (q1, q2, q3):\n    q.put('a')\n    q.put('b')")
q_default.put("main's")
q_error.put("main's")
q_remove.put("main's")
print(q_default.qsize(), q_error.qsize(), q_remove.qsize())
sender.close()
print(q_default.qsize(), q_error.qsize(), q_remove.qsize())
print([x is queues.UNBOUND for x in (q_default.get(), q_default.get())], q_default.get())
try:
    q_error.get()
except queues.ItemInterpreterDestroyed as e:
    print(type(e).__name__, e)
try:
    q_error.get()
except queues.ItemInterpreterDestroyed as e:
    print(type(e).__name__)
print(q_error.get())
print(q_remove.get(), q_remove.qsize())
