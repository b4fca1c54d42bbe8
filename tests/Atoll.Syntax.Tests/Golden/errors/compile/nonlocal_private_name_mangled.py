class Account:
    def close(self):
        nonlocal __balance
