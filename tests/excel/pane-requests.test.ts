import { PaneRequests } from '../../src/excel/taskpane/pane-requests';

describe('the ribbon’s requests to the task pane', () => {
  test('reach every listener; one made before any listener is kept for the first', () => {
    const requests = new PaneRequests();
    requests.linkSelectedCell(); // the pane is still signing in
    const heard: string[] = [];
    const stopFirst = requests.onLinkSelectedCell(() => heard.push('first'));
    expect(heard).toEqual(['first']);
    requests.onLinkSelectedCell(() => heard.push('second'));
    expect(heard).toEqual(['first']); // kept once, not replayed

    requests.linkSelectedCell();
    expect(heard).toEqual(['first', 'first', 'second']);
    stopFirst();
    requests.linkSelectedCell();
    expect(heard).toEqual(['first', 'first', 'second', 'second']);
  });
});
