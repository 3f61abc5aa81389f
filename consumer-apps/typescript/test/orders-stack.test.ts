import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { OrdersStack } from '../lib/orders-stack';

test('the template matches the snapshot', () => {
  const stack = new OrdersStack(new App(), 'Orders');
  expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
});

test('a client with 2-day access tokens fails synth with UPC11', () => {
  const app = new App();
  new OrdersStack(app, 'Orders', { withBadClient: true });
  expect(() => app.synth()).toThrow(/UPC11/);
});
