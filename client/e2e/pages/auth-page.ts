import type { Page } from 'playwright-core';
import { assertAccessible } from '../support/a11y.js';

export class AuthPage {
  constructor(private readonly page: Page) {}

  async signUp(account: { accountName: string; email: string; password: string }): Promise<void> {
    await this.page.goto('/app/signup');
    await this.page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await assertAccessible(this.page, 'sign-up');
    await this.page.getByLabel('Account name').fill(account.accountName);
    await this.page.getByLabel('Email').fill(account.email);
    await this.page.getByLabel('Password').fill(account.password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await this.page.getByRole('heading', { name: 'Smart Links', level: 1 }).waitFor();
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.page.getByRole('heading', { name: 'Log in' }).waitFor();
    await assertAccessible(this.page, 'log-in');
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Log in' }).click();
  }

  formError() {
    return this.page.locator('.form-error');
  }

  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log out' }).click();
    await this.page.getByRole('heading', { name: 'Log in' }).waitFor();
  }
}
