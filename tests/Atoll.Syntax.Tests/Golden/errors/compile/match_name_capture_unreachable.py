match command:
    case action:
        pass
    case 'quit':
        pass
